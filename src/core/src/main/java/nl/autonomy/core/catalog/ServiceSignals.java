package nl.autonomy.core.catalog;

import java.util.List;

/**
 * What reveals that code uses a service. All lists may be empty.
 *
 * @param packages purl globs of client libraries ({@code pkg:npm/@azure/storage-blob})
 * @param imports import or namespace prefixes as written in code, any language
 * @param endpoints host globs ({@code *.blob.core.windows.net})
 * @param terraform Terraform provider source addresses and resource-type globs
 * @param kubernetes annotation keys, provisioners, CSI drivers, label keys
 * @param images container registry or image globs
 * @param ci CI actions or tasks
 * @param files path globs of files whose presence alone shows the service ({@code settings.job}
 *     of an App Service WebJob)
 */
public record ServiceSignals(
    List<String> packages, List<String> imports, List<String> endpoints, List<String> terraform,
    List<String> kubernetes, List<String> images, List<String> ci, List<String> files) {

  public ServiceSignals {
    packages = CatalogLists.copy(packages);
    imports = CatalogLists.copy(imports);
    endpoints = CatalogLists.copy(endpoints);
    terraform = CatalogLists.copy(terraform);
    kubernetes = CatalogLists.copy(kubernetes);
    images = CatalogLists.copy(images);
    ci = CatalogLists.copy(ci);
    files = CatalogLists.copy(files);
  }

  public static ServiceSignals none() {
    return new ServiceSignals(null, null, null, null, null, null, null, null);
  }
}
