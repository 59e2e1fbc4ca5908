package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippedPolicySmokeTest {
  @Test
  void loads() {
    for (String id : PolicyRepository.SHIPPED) {
      Policy p = new PolicyRepository().load(id);
      System.out.println(p.id() + " " + p.digest() + " " + p.rules().size() + " " + p.chain());
      assertThat(p.rules()).isNotEmpty();
    }
  }
}
