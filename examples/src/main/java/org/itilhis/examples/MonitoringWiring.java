package org.itilhis.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.itilhis.adapters.jdbc.JdbcServiceDeskStorage;
import org.itilhis.adapters.rest.monitoring.AlertFormats;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.monitoring.AlertSourceKind;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.VersionConflictException;
import org.itilhis.ports.availability.in.ServiceTargetNotFoundException;
import org.itilhis.ports.availability.in.SetAvailabilityTarget;
import org.itilhis.ports.availability.service.AvailabilityManagement;
import org.itilhis.ports.availability.service.AvailabilityPorts;
import org.itilhis.ports.availability.service.OutageSources;
import org.itilhis.ports.change.service.ChangeManagement;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.monitoring.in.AlertSourceCommand;
import org.itilhis.ports.monitoring.in.AlertSourceNotFoundException;
import org.itilhis.ports.monitoring.in.AlertSourceView;
import org.itilhis.ports.monitoring.in.IssuedCredentials;
import org.itilhis.ports.monitoring.service.CorrelationPorts;
import org.itilhis.ports.monitoring.service.CorrelationSettings;
import org.itilhis.ports.monitoring.service.Monitoring;
import org.itilhis.ports.monitoring.service.MonitoringCorrelation;
import org.itilhis.ports.monitoring.service.MonitoringPorts;
import org.itilhis.ports.monitoring.service.MonitoringSettings;
import org.itilhis.ports.operations.service.Repairs;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.testkit.DemoCmdb;
import org.itilhis.testkit.DemoHospital;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitoring and availability in the example server (issue 20): the alert intake on the JDBC
 * stores with the REST adapter's readers of Alertmanager's, Zabbix's and the generic format; the
 * correlator a cluster timer runs; availability reading monitoring's outages, the repairs'
 * downtime and the approved change windows. The demo hospital's Prometheus Alertmanager is
 * registered as the source {@value #DEMO_SOURCE} on the first start, its bearer token written to
 * {@value #SOURCES_FILE} in the data directory (readable by its owner only; delete the file for a
 * new token at the next start), and the clinical services get their availability targets.
 */
final class MonitoringWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringWiring.class);
    /** The demo's Alertmanager source, as the receiver's address names it: {@code POST /api/v1/alerts/prometheus}. */
    static final String DEMO_SOURCE = "prometheus";
    /** The file of the demo source's token, {@code PROMETHEUS_TOKEN=...}, which a POSIX shell can load. */
    static final String SOURCES_FILE = "monitoring-sources.properties";
    static final String TOKEN_KEY = "PROMETHEUS_TOKEN";

    private final Monitoring monitoring;
    private final MonitoringCorrelation correlation;
    private final AvailabilityManagement availability;

    private MonitoringWiring(Monitoring monitoring, MonitoringCorrelation correlation,
                             AvailabilityManagement availability) {
        this.monitoring = monitoring;
        this.correlation = correlation;
        this.availability = availability;
    }

    /** Monitoring and availability over {@code storage}, beside the practices they read. */
    static MonitoringWiring create(JdbcServiceDeskStorage storage, ServiceDeskPorts ports, CmdbPorts cmdbPorts,
                                   Cmdb cmdb, ChangeManagement changes, Repairs repairs, Validator validator) {
        Monitoring monitoring = Monitoring.create(new MonitoringPorts(ports, storage.configurationItems(),
                        storage.monitoring().sources(), storage.monitoring().mappings(), storage.monitoring().alerts(),
                        storage.monitoring().rejections(), AlertFormats.hospitalDefault()),
                MonitoringSettings.hospitalDefault(), DemoHospital.settings(), validator);
        MonitoringCorrelation correlation = MonitoringCorrelation.create(new CorrelationPorts(cmdbPorts,
                        storage.monitoring().alerts(), storage.correlation().position(), storage.correlation().states(),
                        storage.correlation().incidents()), CorrelationSettings.hospitalDefault(),
                DemoHospital.settings(), cmdb);
        AvailabilityManagement availability = AvailabilityManagement.create(new AvailabilityPorts(ports,
                        storage.configurationItems(), storage.slaConfiguration(), storage.availability().outages(),
                        storage.availability().targets()), DemoHospital.settings(), validator, cmdb,
                new OutageSources(correlation.outages(), repairs.downtime(), changes.approvedWindows()));
        return new MonitoringWiring(monitoring, correlation, availability);
    }

    Monitoring monitoring() {
        return monitoring;
    }

    MonitoringCorrelation correlation() {
        return correlation;
    }

    AvailabilityManagement availability() {
        return availability;
    }

    /**
     * One run of the correlator's timer: the alerts recorded since its position, batch after batch,
     * until it has caught up. Another node having moved the position first (it ran the timer
     * too, after a takeover) is not a failure: that node correlated the batch.
     */
    void correlate() {
        try {
            correlation.correlator().runUntilCaughtUp(100);
        } catch (VersionConflictException anotherNode) {
            LOG.info("the alert correlator's position was moved by another node; it goes on from there next run");
        }
    }

    /**
     * The demo's Alertmanager source and its token in {@code dataDirectory}: registered with a new
     * token (or given one, when the file is gone) unless both are there; and the targets of the
     * clinical services (HIS outpatient registration 99.9 % round the clock, the internet access
     * 99 % in office hours) unless they have one.
     */
    void storeDemo(Path dataDirectory, DemoCmdb.Estate estate) {
        Path file = dataDirectory.resolve(SOURCES_FILE);
        Actor director = DemoHospital.DIRECTOR_GAO;
        Optional<AlertSourceView> registered = registered(director);
        if (registered.isEmpty() || !Files.exists(file)) {
            IssuedCredentials issued = registered.isPresent()
                    ? monitoring.sources().rotateCredentials(new AlertSourceCommand.RotateCredentials(director,
                            DEMO_SOURCE, registered.get().version(), null, false, null))
                    : monitoring.sources().register(new AlertSourceCommand.Register(director, DEMO_SOURCE,
                            AlertSourceKind.ALERTMANAGER, null, false, null));
            write(file, issued.token().value());
            LOG.info("the demo's Alertmanager source '{}' is registered; its token is in {}", DEMO_SOURCE, file);
        }
        target(director, estate.id(DemoCmdb.OUTPATIENT_REGISTRATION), "HIS outpatient", "99.9");
        target(director, estate.id(DemoCmdb.INTERNET_ACCESS), "network", "99");
    }

    private Optional<AlertSourceView> registered(Actor director) {
        try {
            return Optional.of(monitoring.queries().source(director, DEMO_SOURCE));
        } catch (AlertSourceNotFoundException notYet) {
            return Optional.empty();
        }
    }

    private void target(Actor director, CiId service, String catalogueService, String percent) {
        try {
            availability.queries().target(director, service);
        } catch (ServiceTargetNotFoundException notYet) {
            availability.availability().setTarget(new SetAvailabilityTarget(director, service, catalogueService,
                    new BigDecimal(percent), null));
        }
    }

    /** The token's file, readable by its owner only where the file system has POSIX permissions. */
    private static void write(Path file, String token) {
        checkNotNull(token, "token");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warn("{} is not restricted to its owner: the file system has no POSIX permissions", file);
            }
            Files.writeString(file, "# the bearer token of the demo's Alertmanager source '" + DEMO_SOURCE + "'\n"
                    + TOKEN_KEY + "=" + token + "\n", StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file, failure);
        }
    }
}
