package org.itilhis.testkit.properties;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.core.shared.DomainException;

/** How a command ended: it succeeded with a result, or a business rule refused it. */
public sealed interface CommandOutcome {

    /** A short label for statistics: {@code ok}, or the refusal's {@link DomainException#code()}. */
    String label();

    record Succeeded(Object result) implements CommandOutcome {
        @Override
        public String label() {
            return "ok";
        }
    }

    record Refused(DomainException reason) implements CommandOutcome {
        public Refused {
            checkNotNull(reason, "reason");
        }

        @Override
        public String label() {
            return reason.code();
        }
    }
}
