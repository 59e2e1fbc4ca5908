package nl.autonomy.core.detect.signals;

/** Which characters make up the token a hit lies in, per kind of name. */
public final class TokenChars {

  private TokenChars() {
  }

  /** Resource types, provider addresses, annotation keys: {@code AWS::S3::Bucket}, {@code hashicorp/aws}. */
  public static boolean name(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "._/-:@*".indexOf(c) >= 0);
  }

  /** Container image references, also templated ones: {@code ${REGISTRY}.azurecr.io/app:${TAG}}. */
  public static boolean image(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "._/-:@${}".indexOf(c) >= 0);
  }

  /** Actions and tasks: {@code azure/login@v2}, {@code AzureCLI@2}. */
  public static boolean action(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "._/-@".indexOf(c) >= 0);
  }
}
