package dev.planetl.read.schedule;

import dev.planetl.read.PlanTask;
import dev.planetl.read.classify.PlanClassifier;
import dev.planetl.read.prose.LineDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule reader over the seeds, through the text extractor. */
class PlanScheduleSeedTest {

    private static PlanScheduleReader.Result read(String seed) {
        var document = LineDocuments.seed(seed);
        return new PlanScheduleReader().read(document, new PlanClassifier().classify(document).plan().planYear());
    }

    private static PlanTask task(List<PlanTask> tasks, String name) {
        return tasks.stream().filter(t -> t.task().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void seed003EveryRowOfTheScheduleTable() {
        List<PlanTask> tasks = read("003_ec70c1f9ee5d3b28.txt").tasks();
        // the V. 추진 일정 table lists 34 tasks under 3 strategies (17 + 5 + 12 rows, counted in the document)
        assertThat(tasks).hasSize(34);
        assertThat(tasks.stream().filter(t -> t.scheduleAsWritten().equals("계속"))).hasSize(6);
        assertThat(tasks).allSatisfy(t -> assertThat(t.ministries()).isNotEmpty());

        PlanTask open = task(tasks, "개방형 협업 플랫폼 구축·확대");
        assertThat(open.section()).isEqualTo("① 업종별 산업 데이터 수집·활용 촉진");
        assertThat(open.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부", "중소벤처기업부");
        assertThat(open.startYear()).isEqualTo(2020);
        assertThat(open.endYear()).isEqualTo(2025);

        PlanTask chip = task(tasks, "차세대 지능형 반도체 핵심기술개발");
        assertThat(chip.ministriesAsWritten()).isEqualTo("산업부과기부");
        assertThat(chip.ministries()).containsExactly("산업통상자원부", "과학기술정보통신부");
        assertThat(chip.startYear()).isEqualTo(2020);
        assertThat(chip.endYear()).isEqualTo(2029);
        assertThat(chip.section()).contains("디지털 핵심 부품·장비 개발");

        PlanTask human = task(tasks, "휴먼 빅데이터 플랫폼 고도화");
        assertThat(human.ministriesAsWritten()).isEqualTo("산업부(국표원)");
        assertThat(human.ministries()).containsExactly("산업통상자원부");
        assertThat(human.ongoing()).isTrue();
        assertThat(human.startYear()).isNull();

        PlanTask sensor = task(tasks, "첨단센서 핵심기술개발 및 상용화");
        assertThat(sensor.startYear()).isEqualTo(2015);
        assertThat(sensor.endYear()).isNull();
        assertThat(sensor.ongoing()).isTrue();

        PlanTask last = tasks.get(tasks.size() - 1);
        assertThat(last.task()).isEqualTo("디지털 기반 국제협력 사업 발굴·추진");
        assertThat(last.section()).contains("산업 AI 융합인재 양성");
    }

    @Test
    void seedsWithoutScheduleTablesGiveNoTasks() {
        for (String seed : List.of("000_c6a735280eeffe22.txt", "001_69b5d0863f4d8d05.txt", "002_051c73b7d6606d90.txt",
                "004_9f4da27ab622e286.txt")) {
            assertThat(read(seed).tasks()).as(seed).isEmpty();
        }
    }
}
