package nl.autonomy.core.model;

/**
 * Whether the software, as shipped, reaches a service at its vendor: the one definition the EU
 * Cloud Sovereignty view and the publiccode.yml check share. Reached: used by the code or its
 * client library declared; not a client only pulled in through another library, not used only in
 * tests, not an open protocol spoken to another provider (S3 to an own MinIO), and not seen only in
 * build files (a Makefile, a CI workflow) or tests.
 */
public final class ServiceReach {

  private ServiceReach() {
  }

  public static boolean reachedByShippedCode(Service s) {
    ServiceUsage usage = s.depth() == null ? ServiceUsage.VENDOR_SERVICE : s.depth().usage();
    if (usage != ServiceUsage.VENDOR_SERVICE && usage != ServiceUsage.DECLARED_ONLY) {
      return false;
    }
    return s.evidence().isEmpty()
        || s.evidence().stream().anyMatch(e -> e.scope() != Scope.BUILD && e.scope() != Scope.TEST);
  }
}
