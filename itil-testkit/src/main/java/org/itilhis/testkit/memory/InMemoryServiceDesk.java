package org.itilhis.testkit.memory;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.itilhis.ports.change.service.ChangeManagement;
import org.itilhis.ports.change.service.ChangePorts;
import org.itilhis.ports.change.service.ChangeSettings;
import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.configuration.service.CmdbSettings;
import org.itilhis.ports.knowledge.service.KnownErrorDocuments;
import org.itilhis.ports.knowledge.service.KnowledgeManagement;
import org.itilhis.ports.knowledge.service.KnowledgePorts;
import org.itilhis.ports.operations.service.BackupPorts;
import org.itilhis.ports.operations.service.BackupSettings;
import org.itilhis.ports.operations.service.Backups;
import org.itilhis.ports.problem.service.ProblemManagement;
import org.itilhis.ports.problem.service.ProblemPorts;
import org.itilhis.ports.problem.service.ProblemSettings;
import org.itilhis.ports.release.service.ReleaseManagement;
import org.itilhis.ports.release.service.ReleasePorts;
import org.itilhis.ports.release.service.ReleaseSettings;
import org.itilhis.ports.servicedesk.out.OnCallRoster;
import org.itilhis.ports.operations.service.MachineRoomLog;
import org.itilhis.ports.operations.service.MachineRoomPorts;
import org.itilhis.ports.operations.service.MachineRoomSettings;
import org.itilhis.ports.roster.service.RosterManagement;
import org.itilhis.ports.roster.service.RosterPorts;
import org.itilhis.ports.roster.service.RosterSettings;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.service.ServiceLevelPorts;
import org.itilhis.ports.servicelevel.service.ServiceLevels;

/**
 * A whole service desk on in-memory adapters, with handles on every store, for tests,
 * property runs, benchmarks and the walkthrough.
 */
public final class InMemoryServiceDesk {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryTicketRepository tickets = new InMemoryTicketRepository(transactions);
    public final InMemoryContactRepository contacts = new InMemoryContactRepository(transactions);
    public final InMemoryTicketNumberSequence numbers = new InMemoryTicketNumberSequence();
    public final InMemoryEventLog events = new InMemoryEventLog(transactions);
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final InMemorySlaConfigurationRepository slaConfiguration = new InMemorySlaConfigurationRepository(transactions);
    public final InMemorySlaWatchList watches = new InMemorySlaWatchList(transactions);
    public final InMemorySlaStandings standings = new InMemorySlaStandings(transactions);
    public final InMemoryEscalationLog escalations = new InMemoryEscalationLog(transactions);
    public final InMemoryOnCallPages onCallPages = new InMemoryOnCallPages(transactions);
    public final InMemoryConfigurationItemRepository configurationItems =
            new InMemoryConfigurationItemRepository(transactions);
    public final InMemoryAffectedCiLinks affectedCis = new InMemoryAffectedCiLinks(transactions);
    public final InMemoryFaultIncidentLinks faultLinks = new InMemoryFaultIncidentLinks(transactions);
    public final InMemoryPersonalDataReads personalDataReads = new InMemoryPersonalDataReads(transactions);
    public final InMemoryProblemRepository problemStore = new InMemoryProblemRepository(transactions);
    public final InMemoryProblemNumberSequence problemNumbers = new InMemoryProblemNumberSequence();
    public final InMemoryDetectionDismissals dismissals = new InMemoryDetectionDismissals(transactions);
    public final InMemoryArticleRepository articleStore = new InMemoryArticleRepository(transactions);
    public final InMemoryArticleNumberSequence articleNumbers = new InMemoryArticleNumberSequence();
    public final InMemoryChangeRepository changeStore = new InMemoryChangeRepository(transactions);
    public final InMemoryChangeNumberSequence changeNumbers = new InMemoryChangeNumberSequence();
    public final InMemoryChangeAdvisoryBoards boards = new InMemoryChangeAdvisoryBoards(transactions);
    public final InMemoryChangeTemplates templates = new InMemoryChangeTemplates(transactions);
    public final InMemoryChangeWindows changeWindows = new InMemoryChangeWindows(transactions);
    public final InMemoryReleaseRepository releaseStore = new InMemoryReleaseRepository(transactions);
    public final InMemoryReleaseNumberSequence releaseNumbers = new InMemoryReleaseNumberSequence();
    public final InMemoryShiftSets shiftSets = new InMemoryShiftSets(transactions);
    public final InMemoryRosterRepository rosterStore = new InMemoryRosterRepository(transactions);
    public final InMemorySwapRepository swapStore = new InMemorySwapRepository(transactions);
    public final InMemoryHandoverRepository handoverStore = new InMemoryHandoverRepository(transactions);
    public final InMemoryMachineRoomLog machineRoomEntries = new InMemoryMachineRoomLog(transactions);
    // operations: backups
    public final InMemoryBackupJobRepository backupJobs = new InMemoryBackupJobRepository(transactions);
    public final InMemoryBackupRunRepository backupRuns = new InMemoryBackupRunRepository(transactions);
    public final InMemoryBackupMissedRuns missedBackups = new InMemoryBackupMissedRuns(transactions);
    public final InMemoryRestoreTestRepository restoreTests = new InMemoryRestoreTestRepository(transactions);
    /** The knowledge index: the published articles and known errors, fed by knowledge and problem management. */
    public final InMemoryKnowledgeIndex knowledgeIndex = new InMemoryKnowledgeIndex();
    public final InMemoryStaffDirectory directory;
    public final MutableClock clock;
    public final ServiceDeskPorts ports;
    /** The ticket and SLA notifications as the relay delivers them; {@code notifications.delivered()} runs it. */
    public final InMemoryPeopleNotifications notifications;
    public final ServiceDesk desk;
    public final ServiceLevels levels;
    public final Cmdb cmdb;
    public final ProblemPorts problemPorts;
    public final ProblemManagement problems;
    public final KnowledgeManagement knowledge;
    public final ChangePorts changePorts;
    public final ChangeManagement changes;
    public final ReleasePorts releasePorts;
    public final ReleaseManagement releases;
    public final RosterPorts rosterPorts;
    public final RosterManagement roster;
    public final MachineRoomLog machineRoom;
    public final BackupPorts backupPorts;
    public final Backups backups;

    public InMemoryServiceDesk(InMemoryStaffDirectory directory, MutableClock clock, ServiceDeskSettings settings) {
        this(directory, clock, settings, ChangeSettings.hospitalDefault(settings.zone()));
    }

    /** The whole desk with change management under {@code changeSettings}. */
    public InMemoryServiceDesk(InMemoryStaffDirectory directory, MutableClock clock, ServiceDeskSettings settings,
                               ChangeSettings changeSettings) {
        this(directory, clock, settings, changeSettings, OnCallRoster.NONE);
    }

    /** The whole desk whose routing asks {@code roster} who is on call, keeping its pages in {@link #onCallPages}. */
    public InMemoryServiceDesk(InMemoryStaffDirectory directory, MutableClock clock, ServiceDeskSettings settings,
                               OnCallRoster roster) {
        this(directory, clock, settings, ChangeSettings.hospitalDefault(settings.zone()), roster);
    }

    private InMemoryServiceDesk(InMemoryStaffDirectory directory, MutableClock clock, ServiceDeskSettings settings,
                                ChangeSettings changeSettings, OnCallRoster roster) {
        this.directory = directory;
        this.clock = clock;
        this.ports = new ServiceDeskPorts(tickets, contacts, numbers, events, notifier, directory, transactions, clock,
                personalDataReads).withOnCall(roster, onCallPages);
        this.notifications = new InMemoryPeopleNotifications(ports, transactions, notifier);
        this.desk = ServiceDesk.create(ports, settings, validator());
        this.levels = ServiceLevels.create(new ServiceLevelPorts(ports, slaConfiguration, watches, standings, escalations),
                settings, desk);
        CmdbPorts cmdbPorts = new CmdbPorts(ports, configurationItems, affectedCis, faultLinks);
        this.cmdb = Cmdb.create(cmdbPorts, CmdbSettings.hospitalDefault(), settings, validator(), desk);
        this.problemPorts = new ProblemPorts(cmdbPorts, problemStore, problemNumbers, dismissals);
        this.problems = ProblemManagement.create(problemPorts, ProblemSettings.hospitalDefault(), settings, validator(),
                desk, cmdb, KnownErrorDocuments.in(knowledgeIndex));
        this.knowledge = KnowledgeManagement.create(new KnowledgePorts(problemPorts, articleStore, articleNumbers,
                knowledgeIndex), CmdbSettings.hospitalDefault(), settings, validator(), desk);
        this.changePorts = new ChangePorts(cmdbPorts, problemStore, changeStore, changeNumbers, boards, templates,
                changeWindows);
        this.changes = ChangeManagement.create(changePorts, changeSettings, settings, validator(), cmdb);
        this.releasePorts = new ReleasePorts(cmdbPorts, changeStore, releaseStore, releaseNumbers);
        this.releases = ReleaseManagement.create(releasePorts, ReleaseSettings.hospitalDefault(), settings,
                validator(), cmdb);
        this.rosterPorts = new RosterPorts(ports, slaConfiguration, changeStore, shiftSets, rosterStore, swapStore,
                handoverStore);
        this.roster = RosterManagement.create(rosterPorts, RosterSettings.hospitalDefault(), settings, validator());
        this.machineRoom = MachineRoomLog.create(new MachineRoomPorts(ports, configurationItems, machineRoomEntries),
                MachineRoomSettings.hospitalDefault(), settings, validator());
        this.backupPorts = new BackupPorts(ports, slaConfiguration, configurationItems, backupJobs, backupRuns,
                missedBackups, restoreTests);
        this.backups = Backups.create(backupPorts, BackupSettings.hospitalDefault(), settings, validator(),
                cmdb.faultIncidents());
    }

    /** The default Jakarta validator (Hibernate Validator on the test kit's class path). */
    public static Validator validator() {
        return VALIDATION.getValidator();
    }
}
