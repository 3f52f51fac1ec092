package org.itilhis.ports.configuration.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itilhis.ports.configuration.service.ImportFile.Row;
import org.junit.jupiter.api.Test;

class ImportFileTest {
    private static final String CHINESE = "资产标签,名称\r\nSRV-0001,HIS应用服务器1\r\n";
    private static final List<Row> CHINESE_ROWS = List.of(new Row(1, List.of("资产标签", "名称")),
            new Row(2, List.of("SRV-0001", "HIS应用服务器1")));

    @Test
    void strictlyValidUtf8IsReadAsUtf8() {
        try (ImportFile file = copyOf(CHINESE.getBytes(UTF_8), Optional.empty())) {
            assertThat(file.charset()).isEqualTo(UTF_8);
            assertThat(rows(file)).isEqualTo(CHINESE_ROWS);
        }
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsDropped() {
        try (ImportFile file = copyOf(("\uFEFF" + CHINESE).getBytes(UTF_8), Optional.empty())) {
            assertThat(file.charset()).isEqualTo(UTF_8);
            assertThat(rows(file)).isEqualTo(CHINESE_ROWS);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsGb18030() {
        try (ImportFile file = copyOf(CHINESE.getBytes(ImportFile.GB18030), Optional.empty())) {
            assertThat(file.charset()).isEqualTo(ImportFile.GB18030);
            assertThat(file.isDecodable()).isTrue();
            assertThat(rows(file)).isEqualTo(CHINESE_ROWS);
        }
    }

    @Test
    void gbkIsReadAsGb18030WhichContainsIt() {
        try (ImportFile file = copyOf(CHINESE.getBytes(Charset.forName("GBK")), Optional.empty())) {
            assertThat(rows(file)).isEqualTo(CHINESE_ROWS);
        }
    }

    @Test
    void anExplicitCharsetIsCheckedStrictly() {
        try (ImportFile file = copyOf(CHINESE.getBytes(ImportFile.GB18030), Optional.of(UTF_8))) {
            assertThat(file.charset()).isEqualTo(UTF_8);
            assertThat(file.isDecodable()).isFalse();
        }
    }

    @Test
    void plainAsciiIsUtf8() {
        try (ImportFile file = copyOf("class,assetTag\r\n".getBytes(UTF_8), Optional.empty())) {
            assertThat(file.charset()).isEqualTo(UTF_8);
        }
    }

    @Test
    void aCharacterSplitAcrossTheCopysBuffersIsStillValidUtf8() {
        // 64 KiB buffers: a three-byte character at every offset crosses a buffer's end somewhere.
        String text = "a,b\r\n" + "资".repeat(70_000) + ",x\r\n";
        try (ImportFile file = copyOf(text.getBytes(UTF_8), Optional.empty())) {
            assertThat(file.charset()).isEqualTo(UTF_8);
            assertThat(rows(file)).extracting(Row::line).containsExactly(1, 2);
        }
    }

    @Test
    void recordsAreNumberedByPhysicalLineWhateverTheLineBreaks() {
        try (ImportFile file = copyOf("a\r\nb\nc\rd\r\n\r\ne\n\"f\nf\"\r\ng".getBytes(UTF_8), Optional.empty())) {
            assertThat(rows(file)).extracting(Row::line).containsExactly(1, 2, 3, 4, 6, 7, 9);
        }
    }

    @Test
    void linesAreNumberedRightFarIntoALongFile() {
        StringBuilder csv = new StringBuilder("assetTag,name\r\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i % 7 == 0 ? "\r\n" : "").append("SRV-").append(i).append(",\"server\n").append(i)
                    .append("\"\r\n");
        }
        try (ImportFile file = copyOf(csv.toString().getBytes(UTF_8), Optional.empty())) {
            List<Row> rows = rows(file);
            assertThat(rows).hasSize(50_001);
            // Each row takes two lines, and every seventh row follows an empty line.
            assertThat(rows.get(50_000).line()).isEqualTo(2 + 2 * 49_999 + 49_999 / 7 + 1);
        }
    }

    @Test
    void aMalformedRecordEndsThePassAtTheLineWhereItStarts() {
        try (ImportFile file = copyOf("a,b\r\n1,2\r\n\"3,4\r\n5,6\r\n".getBytes(UTF_8), Optional.empty());
             ImportFile.Records records = file.records()) {
            List<Row> read = new ArrayList<>();
            records.forEachRemaining(read::add);

            assertThat(read).extracting(Row::line).containsExactly(1, 2);
            assertThat(records.malformedAt()).hasValue(3);
        }
    }

    @Test
    void eachPassReadsTheWholeFileAgainAndClosingDeletesTheCopy() {
        Path copy;
        try (ImportFile file = copyOf(CHINESE.getBytes(UTF_8), Optional.empty())) {
            assertThat(rows(file)).isEqualTo(rows(file));
            copy = file.copy();
            assertThat(copy).exists();
        }
        assertThat(copy).doesNotExist();
    }

    private static ImportFile copyOf(byte[] bytes, Optional<Charset> charset) {
        InputStream in = new ByteArrayInputStream(bytes);
        return ImportFile.copyOf(in, charset);
    }

    private static List<Row> rows(ImportFile file) {
        try (ImportFile.Records records = file.records()) {
            return ImmutableList.copyOf(records);
        }
    }
}
