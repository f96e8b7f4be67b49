package io.hatchery.application.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.region.DeploymentZone;
import io.hatchery.contracts.region.RegionCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionChecksTest {

    private final RegionCatalog regions = RegionCatalog.withZones(List.of(
            new DeploymentZone("320900-yannan", "盐南高新区", "320900")));

    @Test
    void anUnknownCodeIsRefusedNamingTheFieldAndTheCode() {
        assertThatThrownBy(() -> RegionChecks.requireKnown(regions, "region", "329999"))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("region", "'329999' is not a known region code")));
        RegionChecks.requireKnown(regions, "region", "320900");
        RegionChecks.requireKnown(regions, "region", "320900-yannan");
    }

    @Test
    void carriersAndFirmsAreCountedInCountiesAndZonesOnly() {
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkStatisticalLeaf(regions, "region", "320903", problems);
        RegionChecks.checkStatisticalLeaf(regions, "region", "320900-yannan", problems);
        assertThat(problems).isEmpty();

        RegionChecks.checkStatisticalLeaf(regions, "region", "320900", problems);
        RegionChecks.checkStatisticalLeaf(regions, "hostLocation", "nowhere", problems);
        RegionChecks.checkKnown(regions, "hostLocation.regionCode", "320000", problems);
        assertThat(problems).containsExactly(
                new FieldError("region", "must be a county or zone, '320900' is a city"),
                new FieldError("hostLocation", "'nowhere' is not a known region code"));
    }
}
