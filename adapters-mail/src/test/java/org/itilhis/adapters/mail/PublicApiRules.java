package org.itilhis.adapters.mail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The condition behind {@link ArchitectureTest#public_api_takes_and_gives_no_jakarta_mail_types}. */
final class PublicApiRules {
    private PublicApiRules() {
    }

    /** Holds for a class whose public constructors, methods or fields take or give a type of Jakarta Mail or Eclipse Angus. */
    static ArchCondition<JavaClass> exposeMailTypes() {
        return new ArchCondition<>("expose Jakarta Mail or Angus types in public constructors, methods or fields") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                        continue;
                    }
                    List<JavaClass> signature = new ArrayList<>(unit.getRawParameterTypes());
                    signature.add(unit.getRawReturnType());
                    signature.stream().filter(PublicApiRules::isJakartaMail)
                            .forEach(used -> exposed.add(unit.getFullName() + " uses " + used.getName()));
                }
                for (JavaField field : type.getFields()) {
                    if (field.getModifiers().contains(JavaModifier.PUBLIC) && isJakartaMail(field.getRawType())) {
                        exposed.add(field.getFullName() + " is a " + field.getRawType().getName());
                    }
                }
                for (String violation : exposed) {
                    events.add(SimpleConditionEvent.satisfied(type, violation));
                }
                if (exposed.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " exposes no Jakarta Mail type"));
                }
            }
        };
    }

    private static boolean isJakartaMail(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        return base.getPackageName().startsWith("jakarta.mail") || base.getPackageName().startsWith("org.eclipse.angus");
    }
}
