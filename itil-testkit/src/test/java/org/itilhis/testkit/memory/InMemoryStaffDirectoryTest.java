package org.itilhis.testkit.memory;

import java.util.List;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.common.StaffMember;
import org.itilhis.testkit.contract.StaffDirectoryContract;

class InMemoryStaffDirectoryTest implements StaffDirectoryContract {
    @Override
    public StaffDirectory directoryHolding(List<StaffMember> people, List<AssignmentGroup> groups) {
        InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
        people.forEach(directory::add);
        groups.forEach(directory::add);
        return directory;
    }
}
