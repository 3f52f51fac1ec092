package org.itilhis.core.backup;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.itilhis.core.shared.DomainException;

/**
 * One of each refusal the backup records can throw, for the message catalogue's test
 * ({@code shared.MessagesTest}), which reads every refusal of core in both languages.
 */
public final class BackupRefusals {
    private static final Instant NOW = Instant.parse("2027-02-10T01:00:00Z");
    private static final BackupJobCode HIS = BackupJobCode.of("HIS-DB-NIGHTLY");

    private BackupRefusals() {
    }

    public static Stream<DomainException> everyRefusal() {
        return Stream.of(
                new BackupTimeInTheFutureException("startedAt", NOW.plusSeconds(3600), NOW),
                new BackupRunEndsBeforeStartException(NOW.minusSeconds(60), NOW.minusSeconds(600)),
                new BackupJobCodeTakenException(HIS),
                new RestoreFromOtherJobException(new BackupRunId(new UUID(9, 1)), BackupJobCode.of("PACS-ARCHIVE"),
                        HIS));
    }
}
