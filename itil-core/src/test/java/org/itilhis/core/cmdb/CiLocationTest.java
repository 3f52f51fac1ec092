package org.itilhis.core.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itilhis.core.shared.LocationId;
import org.junit.jupiter.api.Test;

class CiLocationTest {
    @Test
    void blankPartsAreUnknownAndPartsAreStripped() {
        CiLocation location = CiLocation.of(" ", " Building 2 ", null, "");

        assertThat(location.building()).contains("Building 2");
        assertThat(location.campus()).isEmpty();
        assertThat(CiLocation.of(null, " ", null, null).isUnknown()).isTrue();
        assertThat(location).hasToString("Building 2");
    }

    @Test
    void aPartLongerThanOneHundredCharactersIsRefused() {
        assertThatThrownBy(() -> CiLocation.of(null, null, null, "r".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room");
    }

    @Test
    void aLocationIsWithinAnAreaWhenEveryPartTheAreaGivesMatchesIgnoringCase() {
        CiLocation station = CiLocation.of("Main", "Building 2", "5", "East nurse station");

        assertThat(station.within(CiLocation.of(null, "building 2", null, null))).isTrue();
        assertThat(station.within(CiLocation.of("main", "Building 2", "5", "east NURSE station"))).isTrue();
        assertThat(station.within(CiLocation.of(null, "Building 2", "4", null))).isFalse();
        assertThat(station.within(CiLocation.UNKNOWN)).isTrue();
        assertThat(CiLocation.of(null, "Building 2", null, null).within(CiLocation.of(null, null, "5", null))).isFalse();
    }

    @Test
    void aLocationCodeReadsAsBuildingFloorRoomOrWithTheCampusFirst() {
        assertThat(CiLocation.fromLocationCode(LocationId.of("building-1/floor-1/outpatient-hall")))
                .isEqualTo(CiLocation.of(null, "building-1", "floor-1", "outpatient-hall"));
        assertThat(CiLocation.fromLocationCode(LocationId.of("east/building-1/floor-1/hall/desk-3")))
                .isEqualTo(CiLocation.of("east", "building-1", "floor-1", "hall/desk-3"));
        assertThat(CiLocation.fromLocationCode(LocationId.of("building-9")))
                .isEqualTo(CiLocation.of(null, "building-9", null, null));
    }
}
