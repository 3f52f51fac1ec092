package org.itilhis.ports.configuration.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    private static final String CHINESE = "资产标签,名称\r\nSRV-0001,HIS应用服务器1\r\n";

    @Test
    void strictlyValidUtf8IsReadAsUtf8() throws CharacterCodingException {
        CsvText text = CsvText.decode(CHINESE.getBytes(UTF_8), Optional.empty());

        assertThat(text.charset()).isEqualTo(UTF_8);
        assertThat(text.text()).isEqualTo(CHINESE);
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsDropped() throws CharacterCodingException {
        byte[] bytes = ("\uFEFF" + CHINESE).getBytes(UTF_8);

        CsvText text = CsvText.decode(bytes, Optional.empty());

        assertThat(text.charset()).isEqualTo(UTF_8);
        assertThat(text.text()).isEqualTo(CHINESE);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsGb18030() throws CharacterCodingException {
        CsvText text = CsvText.decode(CHINESE.getBytes(CsvText.GB18030), Optional.empty());

        assertThat(text.charset()).isEqualTo(CsvText.GB18030);
        assertThat(text.text()).isEqualTo(CHINESE);
    }

    @Test
    void gbkIsReadAsGb18030WhichContainsIt() throws CharacterCodingException {
        CsvText text = CsvText.decode(CHINESE.getBytes(Charset.forName("GBK")), Optional.empty());

        assertThat(text.text()).isEqualTo(CHINESE);
    }

    @Test
    void anExplicitCharsetIsDecodedStrictly() {
        byte[] gb = CHINESE.getBytes(CsvText.GB18030);

        assertThatThrownBy(() -> CsvText.decode(gb, Optional.of(UTF_8))).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void plainAsciiIsUtf8() {
        assertThat(CsvText.detect("class,assetTag\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(UTF_8);
    }

    @Test
    void recordsAreNumberedByPhysicalLineWhateverTheLineBreaks() throws CharacterCodingException {
        String csv = "a\r\nb\nc\rd\r\n\r\ne";
        CsvText text = CsvText.decode(csv.getBytes(UTF_8), Optional.empty());

        assertThat(text.lineOfRecordAt(csv.indexOf('a'))).isEqualTo(1);
        assertThat(text.lineOfRecordAt(csv.indexOf('b'))).isEqualTo(2);
        assertThat(text.lineOfRecordAt(csv.indexOf('c'))).isEqualTo(3);
        assertThat(text.lineOfRecordAt(csv.indexOf('d'))).isEqualTo(4);
        assertThat(text.lineOfRecordAt(csv.indexOf('d') + 1)).as("after the empty line 5").isEqualTo(6);
    }
}
