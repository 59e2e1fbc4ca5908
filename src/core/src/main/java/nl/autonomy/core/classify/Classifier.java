package nl.autonomy.core.classify;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.catalog.Catalog;
import nl.autonomy.core.catalog.CatalogMatcher;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;

/**
 * The classification stage: gives every component its vendor (with owner and jurisdiction), its
 * license (SPDX expression and category) and the catalog services it is a client of, and joins
 * client components and detector sightings into one {@link nl.autonomy.core.model.Service} per
 * service. Runs after collection; returns a new inventory.
 */
public final class Classifier {

  private final VendorClassifier vendors;
  private final LicenseClassifier licenses;
  private final ServiceLinker services;

  public Classifier(Catalog catalog) {
    CatalogMatcher matcher = new CatalogMatcher(catalog);
    this.vendors = new VendorClassifier(matcher);
    this.licenses = new LicenseClassifier(matcher);
    this.services = new ServiceLinker(matcher);
  }

  public Inventory classify(Inventory inventory) {
    List<Component> classified = inventory.components().stream().map(this::classify).toList();
    ServiceLinker.Result linked = services.link(classified, inventory.serviceUses());
    List<Problem> problems = new ArrayList<>(inventory.problems());
    problems.addAll(linked.problems());
    return new Inventory(classify(inventory.project()), classified, linked.services(), inventory.serviceUses(),
        inventory.edges(), problems, inventory.provenance(), inventory.walk(),
        inventory.publicCode(), inventory.suppliedSboms());
  }

  /** One component classified on its own (used by {@code explain}). */
  public Component classify(Component c) {
    Component.Builder b = c.toBuilder().vendor(vendors.classify(c)).license(licenses.classify(c));
    services.servicesOf(c).forEach(b::service);
    return b.build();
  }
}
