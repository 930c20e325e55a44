package dev.planetl.read.prose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity references a parser left unexpanded (an entity bomb's &lol9;) never reach a mention's subject. */
class SubjectEntityResidueTest {

    @Test
    void entity_references_are_dropped_from_a_subject_and_words_beside_them_kept() {
        assertThat(SubjectText.clean("&lol9;&lol9;&lol9; 스마트시티 사업")).isEqualTo("스마트시티 사업");
        assertThat(SubjectText.clean("R&amp;D 지원&#160;사업")).isEqualTo("R&D 지원 사업");
        assertThat(SubjectText.clean("R&D 사업")).isEqualTo("R&D 사업");
    }
}
