package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.directory.ServiceFacts.Cost;
import nl.wegwijs.directory.hsds.Hsds;
import org.junit.jupiter.api.Test;

class ServiceFactsTest {

    private static Hsds.Service costing(List<Hsds.CostOption> options) {
        return new Hsds.Service("s", "o", "Naam", null, null, null, null, "active", null, null, null, null, null,
                null, null, null, null, List.of(), List.of(), List.of(), options, List.of(), List.of(), List.of());
    }

    private static Hsds.CostOption option(String name, Double amount) {
        return new Hsds.CostOption(null, null, null, null, name, "EUR", amount, null);
    }

    @Test
    void freeOnlyWhenEveryOptionSaysZero() {
        assertThat(ServiceFacts.cost(costing(List.of(option("Gratis", 0.0))))).isEqualTo(Cost.FREE);
        assertThat(ServiceFacts.cost(costing(List.of(option("Kennismaking", 0.0), option("Per keer", 2.0)))))
                .isEqualTo(Cost.COSTS);
    }

    @Test
    void anOwnContributionWithoutAnAmountIsNotFree() {
        Hsds.Service wmo = costing(List.of(option("Eigen bijdrage Wmo", null)));
        assertThat(ServiceFacts.cost(wmo)).isEqualTo(Cost.COSTS);
        assertThat(ServiceFacts.isFree(wmo)).isFalse();
    }

    @Test
    void noCostOptionsMeansUnknownNotFree() {
        assertThat(ServiceFacts.cost(costing(List.of()))).isEqualTo(Cost.UNKNOWN);
        assertThat(ServiceFacts.cost(costing(null))).isEqualTo(Cost.UNKNOWN);
        assertThat(ServiceFacts.isFree(costing(null))).isFalse();
    }
}
