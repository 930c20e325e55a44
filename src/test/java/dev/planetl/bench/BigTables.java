package dev.planetl.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a plan document in the text rendering's layout whose one project list has as many rows as asked, the
 * shape of seed 000's 세부 추진과제별 투자계획 with the rows repeated: the size test of the readers and the validator.
 * Every row is 1,000 (백만원), so the table's lines add up to {@code rows × 1,000} and the printed 합계 says so.
 */
public final class BigTables {

    private BigTables() {
    }

    public static Path projectList(Path file, int rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("제2차 산업융합발전 기본계획 '20년도 실행계획\n\n2020. 7.\n\n관계부처 합동\n\n");
            out.write("2020년도 세부 추진과제별 투자계획(안)\n\n(단위: 백만원)\n\n");
            out.write("추진 내용\t'20년도 예산\t신규여부\t주관부처\n");
            for (int i = 0; i < rows; i++) {
                out.write("산업데이터 플랫폼 구축사업 " + (i + 1) + "\t1,000\t계속\t산업부\n");
            }
            out.write(String.format("합계\t%,d\t\t\n", (long) rows * 1000));
        }
        return file;
    }
}
