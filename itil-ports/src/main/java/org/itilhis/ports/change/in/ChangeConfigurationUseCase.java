package org.itilhis.ports.change.in;

import org.itilhis.core.change.ChangeAdvisoryBoard;
import org.itilhis.core.change.ChangeTemplate;
import org.itilhis.core.change.schedule.ChangeWindow;

/**
 * Keeping the change configuration: boards, templates and windows. Each command is validated,
 * authorised, stored and recorded in the event log as one
 * {@link org.itilhis.core.change.schedule.ChangeConfigurationEvent} (who, when, the value and the
 * one it replaced) in one transaction (the stores keep the current configuration, the log its
 * history; a change keeps the board and template it was decided under). A refused command records
 * nothing.
 *
 * @throws org.itilhis.ports.common.InvalidCommandException for a command that breaks its constraints
 * @throws org.itilhis.core.access.NotPermittedException without {@code MANAGE_CHANGE_CONFIGURATION}
 * @throws org.itilhis.ports.configuration.in.CiNotFoundException for an item not in the CMDB
 * @throws ChangeWindowNotFoundException when removing an unknown window
 * @throws org.itilhis.core.shared.DomainException for any other refused business rule
 */
public interface ChangeConfigurationUseCase {
    ChangeAdvisoryBoard defineBoard(ChangeConfigurationCommand.DefineBoard command);

    ChangeTemplate defineTemplate(ChangeConfigurationCommand.DefineTemplate command);

    ChangeWindow defineWindow(ChangeConfigurationCommand.DefineWindow command);

    void removeWindow(ChangeConfigurationCommand.RemoveWindow command);
}
