package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.itilhis.core.shared.Messages;
import org.itilhis.core.shared.Text;
import org.junit.jupiter.api.Test;

class AttributeTypeTest {

    @Test
    void everyAttributeTypeHasALabelInEnglishAndChinese() {
        for (AttributeType type : AttributeType.values()) {
            Text withoutFallback = new Text(Text.label(type).key(), "?");
            assertThat(withoutFallback.in(Locale.ENGLISH)).as(type.name()).isNotEqualTo("?")
                    .doesNotContainPattern("\\p{IsHan}");
            assertThat(Messages.label(type, Locale.SIMPLIFIED_CHINESE)).as(type.name()).containsPattern("\\p{IsHan}");
        }
    }
}
