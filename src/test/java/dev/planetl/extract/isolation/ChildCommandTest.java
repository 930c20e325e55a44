package dev.planetl.extract.isolation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildCommandTest {

    @Test
    void theOperatorsOptionsAreSplitAtWhiteSpace() {
        assertThat(ChildCommand.extraOptions(null)).isEmpty();
        assertThat(ChildCommand.extraOptions("  \t")).isEmpty();
        assertThat(ChildCommand.extraOptions(" -XX:TieredStopAtLevel=1 \t -Xss2m\n"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-Xss2m");
    }

    @Test
    void theOperatorsOptionsComeAfterPlanetlsOwnAndBeforeTheClassPath() {
        List<String> command = ChildCommand.of(256, "some.Factory", List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"),
                System.getProperty("java.class.path"));

        int own = command.indexOf("-Xmx256m");
        int theirs = command.indexOf("-Xmx128m");
        int classpath = command.indexOf("-cp");
        assertThat(own).isPositive();
        assertThat(theirs).isGreaterThan(own);
        assertThat(command.indexOf("-XX:TieredStopAtLevel=1")).isGreaterThan(own).isLessThan(classpath);
        assertThat(classpath).isGreaterThan(theirs);
        assertThat(command.get(command.size() - 1)).isEqualTo("some.Factory");
    }
}
