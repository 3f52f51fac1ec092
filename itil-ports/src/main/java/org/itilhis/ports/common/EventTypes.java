package org.itilhis.ports.common;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import org.itilhis.core.availability.DeclaredOutageEvent;
import org.itilhis.core.availability.ServiceTargetEvent;
import org.itilhis.core.backup.BackupEvent;
import org.itilhis.core.change.ChangeEvent;
import org.itilhis.core.change.schedule.ChangeConfigurationEvent;
import org.itilhis.core.cmdb.CiEvent;
import org.itilhis.core.contact.ContactEvent;
import org.itilhis.core.inspection.RoundEvent;
import org.itilhis.core.inspection.ScheduleEvent;
import org.itilhis.core.inspection.TemplateEvent;
import org.itilhis.core.knowledge.ArticleEvent;
import org.itilhis.core.machineroom.MachineRoomEntryEvent;
import org.itilhis.core.monitoring.CiStateEvent;
import org.itilhis.core.notification.WebhookEvent;
import org.itilhis.core.notification.NotificationSettingsEvent;
import org.itilhis.core.notification.RelayEvent;
import org.itilhis.core.monitoring.AlertMappingEvent;
import org.itilhis.core.monitoring.AlertSourceEvent;
import org.itilhis.core.problem.ProblemEvent;
import org.itilhis.core.release.ReleaseEvent;
import org.itilhis.core.repair.RepairEvent;
import org.itilhis.core.roster.HandoverEvent;
import org.itilhis.core.roster.RosterEvent;
import org.itilhis.core.roster.ShiftsDefined;
import org.itilhis.core.roster.SwapEvent;
import org.itilhis.core.sla.SlaEvent;
import org.itilhis.core.stock.StockEvent;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.shared.DomainEvent;

/**
 * Every event type the practices append to the {@link EventLog}, by its stable name: what a
 * storage reads a stored event back as, what a webhook subscription or a notification rule may
 * name. The names come from the sealed event interfaces, which derive them from the simple class
 * name ({@code ticket.work-logged}); a practice that adds an event interface registers it here.
 */
public final class EventTypes {
    private static final ImmutableMap<String, Class<? extends DomainEvent>> CLASSES = classes(new Registry());

    private EventTypes() {
    }

    /** Every event record class by its type name. */
    public static ImmutableMap<String, Class<? extends DomainEvent>> classes() {
        return CLASSES;
    }

    /** Every type name, in alphabetical order. */
    public static ImmutableSortedSet<String> names() {
        return ImmutableSortedSet.copyOf(CLASSES.keySet());
    }

    /** Whether {@code type} names an event the library logs. */
    public static boolean isKnown(String type) {
        return type != null && CLASSES.containsKey(type);
    }

    private static ImmutableMap<String, Class<? extends DomainEvent>> classes(Registry classes) {
        classes.register("ticket.", TicketEvent.class);
        classes.register("contact.", ContactEvent.class);
        classes.register("sla.", SlaEvent.class);
        classes.register("ci.", CiEvent.class);
        classes.register("article.", ArticleEvent.class);
        classes.register("problem.", ProblemEvent.class);
        classes.register("change.", ChangeEvent.class);
        classes.register("change-configuration.", ChangeConfigurationEvent.class);
        classes.register("release.", ReleaseEvent.class);
        classes.register("roster.", RosterEvent.class);
        // a group's shifts are defined whole, in one event of their own beside the roster's
        classes.put("roster.shifts-defined", ShiftsDefined.class);
        classes.register("swap.", SwapEvent.class);
        classes.register("handover.", HandoverEvent.class);
        // operations: inspections
        classes.register("inspection-template.", TemplateEvent.class);
        classes.register("inspection-schedule.", ScheduleEvent.class);
        classes.register("inspection-round.", RoundEvent.class);
        // operations: backups
        classes.register("backup.", BackupEvent.class);
        // operations: stock
        classes.register("stock.", StockMovement.class);
        classes.register("stock.", StockEvent.class);
        classes.register("repair.", RepairEvent.class);
        classes.register("machine-room-entry.", MachineRoomEntryEvent.class);
        classes.register("webhook.", WebhookEvent.class);
        // notifications: who gets what, changed
        classes.register("notification-settings.", NotificationSettingsEvent.class);
        // notifications: what operators did to the relay's dead letters
        classes.register("relay.", RelayEvent.class);
        // monitoring: the alert sources and the rules mapping alerts to items, the items' observed running state
        classes.register("monitoring.source-", AlertSourceEvent.class);
        classes.register("monitoring.mapping-", AlertMappingEvent.class);
        classes.register("monitoring.", CiStateEvent.class);
        // availability: outages declared on incidents and the services' targets
        classes.register("availability.", DeclaredOutageEvent.class);
        classes.register("availability.", ServiceTargetEvent.class);
        return classes.builder.buildOrThrow();
    }

    private static final class Registry {
        private final ImmutableMap.Builder<String, Class<? extends DomainEvent>> builder = ImmutableMap.builder();

        void put(String type, Class<? extends DomainEvent> eventClass) {
            builder.put(type, eventClass);
        }

        @SuppressWarnings("unchecked")
        void register(String prefix, Class<?> sealed) {
            for (Class<?> permitted : sealed.getPermittedSubclasses()) {
                put(prefix + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, permitted.getSimpleName()),
                        (Class<? extends DomainEvent>) permitted);
            }
        }
    }
}
