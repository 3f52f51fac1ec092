package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.itilhis.core.cmdb.HospitalGraph.CLUSTER;
import static org.itilhis.core.cmdb.HospitalGraph.DB_SERVER;
import static org.itilhis.core.cmdb.HospitalGraph.HIS;

import org.junit.jupiter.api.Test;

class CiPathTest {

    @Test
    void aPathWalksRelationshipsInEitherDirectionAndSharesItsBeginning() {
        Relationship partOf = new Relationship(HospitalGraph.APP_1, RelationshipType.PART_OF, CLUSTER);
        Relationship runsOn = new Relationship(HIS, RelationshipType.RUNS_ON, CLUSTER);
        CiPath toCluster = CiPath.startingAt(HospitalGraph.APP_1).then(partOf);

        CiPath toHis = toCluster.then(runsOn);

        assertThat(toHis.cis()).containsExactly(HospitalGraph.APP_1, CLUSTER, HIS);
        assertThat(toHis.relationships()).containsExactly(partOf, runsOn);
        assertThat(toHis.start()).isEqualTo(HospitalGraph.APP_1);
        assertThat(toCluster.cis()).containsExactly(HospitalGraph.APP_1, CLUSTER);
    }

    @Test
    void aPathCannotJumpToARelationshipThatDoesNotTouchItsEnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CiPath.startingAt(DB_SERVER).then(new Relationship(HIS, RelationshipType.RUNS_ON, CLUSTER)));
    }
}
