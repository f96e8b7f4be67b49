package io.hatchery.contracts.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {

    private final RegionCatalog catalog =
            RegionCatalog.withZones(List.of(new DeploymentZone("320900-yannan", "盐南高新区", "320900")));

    @Test
    void countiesRollUpToCityAndProvince() {
        assertThat(catalog.selfAndAncestors("320902")).extracting(Region::code)
                .containsExactly("320902", "320900", "320000");
        assertThat(catalog.find("320971")).get().extracting(Region::level).isEqualTo(RegionLevel.FUNCTIONAL_ZONE);
    }

    @Test
    void deploymentZonesHangUnderTheirCity() {
        assertThat(catalog.selfAndAncestors("320900-yannan")).extracting(Region::code)
                .containsExactly("320900-yannan", "320900", "320000");
        assertThat(catalog.children("320900")).extracting(Region::code)
                .contains("320902", "320971", "320981", "320900-yannan");
        assertThat(catalog.isWithin("320900-yannan", "320000")).isTrue();
        assertThat(catalog.isWithin("320900-yannan", "330000")).isFalse();
    }

    @Test
    void aCitysSubtreeHoldsItsCountiesAndZones() {
        List<String> subtree = catalog.selfAndDescendants("320900").stream().map(Region::code).toList();

        assertThat(subtree).startsWith("320900").contains("320902", "320904", "320971", "320900-yannan")
                .doesNotContain("320100", "320102").doesNotHaveDuplicates();
        assertThat(catalog.selfAndDescendants("320902")).extracting(Region::code).containsExactly("320902");
        assertThat(catalog.selfAndDescendants("999999")).isEmpty();
    }

    @Test
    void subtreeMembershipFollowsTheTree() {
        assertThat(catalog.isWithin("330483", "330400")).isTrue();
        assertThat(catalog.isWithin("330483", "330000")).isTrue();
        assertThat(catalog.isWithin("330483", "330483")).isTrue();
        assertThat(catalog.isWithin("330483", "320900")).isFalse();
        assertThat(catalog.isWithin("999999", "330000")).isFalse();
    }

    @Test
    void tableHasAllProvinces() {
        assertThat(catalog.all()).filteredOn(region -> region.level() == RegionLevel.PROVINCE).hasSize(31);
        assertThat(RegionCatalog.national().contains("320900-yannan")).isFalse();
    }

    @Test
    void zoneMustHangUnderACity() {
        assertThatThrownBy(() -> RegionCatalog.withZones(List.of(new DeploymentZone("320902-x", "x", "320902"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a city");
        assertThatThrownBy(() -> RegionCatalog.withZones(List.of(new DeploymentZone("320902", "x", "320900"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }
}
