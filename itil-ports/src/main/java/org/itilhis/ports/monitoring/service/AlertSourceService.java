package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.itilhis.core.access.Permission;
import org.itilhis.core.monitoring.AlertSource;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.monitoring.InvalidAlertSourceException;
import org.itilhis.core.monitoring.SigningSecret;
import org.itilhis.core.monitoring.SourceToken;
import org.itilhis.core.shared.Actor;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.in.AlertSourceNotFoundException;
import org.itilhis.ports.monitoring.in.AlertSourceUseCase;
import org.itilhis.ports.monitoring.in.AlertSourceView;
import org.itilhis.ports.monitoring.in.IssuedCredentials;

/**
 * Registers the monitoring sources through the {@link CommandPipeline}: validate, authorise
 * ({@code MANAGE_ALERT_SOURCES}), load, check the expected version, decide, save, append the
 * events. Tokens and secrets not given are generated from the {@link Random} handed in (a
 * {@code SecureRandom} outside tests).
 */
final class AlertSourceService implements AlertSourceUseCase {
    private static final String KIND = "alert-source";

    private final MonitoringPorts ports;
    private final MonitoringAccess access;
    private final CommandPipeline pipeline;
    private final Random random;

    AlertSourceService(MonitoringPorts ports, MonitoringAccess access, CommandPipeline pipeline, Random random) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
        this.random = checkNotNull(random, "random");
    }

    @Override
    public IssuedCredentials register(AlertSourceCommand.Register command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            access.check(actor, Permission.MANAGE_ALERT_SOURCES, "alert-sources");
            String code = AlertSource.code(command.code());
            SourceToken token = token(command.token());
            Optional<SigningSecret> secret = secret(command.kind(), command.signed(), command.signingSecret());
            AlertSource source = AlertSource.register(code, command.kind(), token, secret, actor.staffId(), now());
            ports.sources().save(source, 0);
            return Outcome.of(new IssuedCredentials(AlertSourceView.of(source), token, secret), source.pullEvents());
        });
    }

    @Override
    public IssuedCredentials rotateCredentials(AlertSourceCommand.RotateCredentials command) {
        return pipeline.run(command, () -> {
            SourceToken token = token(command.token());
            AtomicReference<Optional<SigningSecret>> secret = new AtomicReference<>(Optional.empty());
            AlertSource source = change(command.actor(), command.code(), command.expectedVersion(), s -> {
                secret.set(secret(s.kind(), command.signed(), command.signingSecret()));
                s.rotateCredentials(token, secret.get(), command.actor().staffId(), now());
            });
            return Outcome.of(new IssuedCredentials(AlertSourceView.of(source), token, secret.get()),
                    source.pullEvents());
        });
    }

    @Override
    public AlertSourceView disable(AlertSourceCommand.Disable command) {
        return pipeline.run(command, () -> {
            AlertSource source = change(command.actor(), command.code(), command.expectedVersion(),
                    s -> s.disable(command.actor().staffId(), now()));
            return Outcome.of(AlertSourceView.of(source), source.pullEvents());
        });
    }

    @Override
    public AlertSourceView enable(AlertSourceCommand.Enable command) {
        return pipeline.run(command, () -> {
            AlertSource source = change(command.actor(), command.code(), command.expectedVersion(),
                    s -> s.enable(command.actor().staffId(), now()));
            return Outcome.of(AlertSourceView.of(source), source.pullEvents());
        });
    }

    private AlertSource change(Actor actor, String code, Long expectedVersion, Consumer<AlertSource> decision) {
        access.check(actor, Permission.MANAGE_ALERT_SOURCES, code);
        AlertSource source = ports.sources().find(code).orElseThrow(() -> new AlertSourceNotFoundException(code));
        CommandPipeline.checkVersion(KIND, code, expectedVersion, source.version());
        long stored = source.version();
        decision.accept(source);
        ports.sources().save(source, stored);
        return source;
    }

    private SourceToken token(String given) {
        return given == null || given.isBlank() ? SourceToken.generate(random) : SourceToken.parse(given);
    }

    private Optional<SigningSecret> secret(AlertSourceKind kind, boolean signed, String given) {
        boolean wanted = signed || given != null && !given.isBlank();
        if (!wanted) {
            return Optional.empty();
        }
        if (kind != AlertSourceKind.GENERIC) {
            throw InvalidAlertSourceException.signingNotGeneric(kind);
        }
        return Optional.of(given == null || given.isBlank() ? SigningSecret.generate(random)
                : SigningSecret.parse(given));
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
