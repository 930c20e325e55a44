package dev.planetl.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long idle extraction children stay warm for the next run: their own setting, else the server's. */
class ChildIdleTest {

    @Test
    void childrenWaitAsLongAsTheServerUnlessToldOtherwise() {
        assertThat(Pipelines.childIdle(Map.of())).isEqualTo(Duration.ofMinutes(10));
        assertThat(Pipelines.childIdle(Map.of("PLANETL_DB_IDLE_TIMEOUT", "90s"))).isEqualTo(Duration.ofSeconds(90));
        assertThat(Pipelines.childIdle(Map.of("PLANETL_DB_IDLE_TIMEOUT", "1h", "PLANETL_CHILD_IDLE_TIMEOUT", "0")))
                .isZero();
        assertThat(Pipelines.childIdle(Map.of("PLANETL_CHILD_IDLE_TIMEOUT", "2m"))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aBadValueIsNamedWithItsVariable() {
        assertThatThrownBy(() -> Pipelines.childIdle(Map.of("PLANETL_CHILD_IDLE_TIMEOUT", "a while")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLANETL_CHILD_IDLE_TIMEOUT must be a number of seconds or end in ms, s, m or h (10m, 90s,"
                        + " 0): a while");
    }
}
