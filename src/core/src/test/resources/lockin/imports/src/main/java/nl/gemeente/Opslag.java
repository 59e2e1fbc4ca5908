package nl.gemeente;

import com.azure.storage.blob.BlobServiceClient;
import static com.azure.storage.blob.BlobUrlParts.parse;
// import software.amazon.awssdk.services.s3.S3Client;
import java.util.List;

/* import com.google.cloud.storage.Storage;
import com.azure.cosmos.CosmosClient; */
public class Opslag {
  private static final String LOGGER = "com.azure.storage.blob";
  private final List<String> namen = List.of("software.amazon.awssdk.services.s3");
}
