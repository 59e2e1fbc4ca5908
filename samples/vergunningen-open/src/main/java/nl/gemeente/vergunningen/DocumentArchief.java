package nl.gemeente.vergunningen;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Archiveert besluiten in de eigen MinIO via de S3-API (open protocol, zelf gehost). */
public class DocumentArchief {

  private final S3Client s3;
  private final String bucket;

  public DocumentArchief(String endpoint, String bucket) {
    this.s3 = S3Client.builder()
        .endpointOverride(URI.create(endpoint))
        .region(Region.of("eu-west-1"))
        .forcePathStyle(true)
        .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
        .build();
    this.bucket = bucket;
  }

  public void archiveer(String zaaknummer, byte[] besluitPdf) {
    s3.putObject(PutObjectRequest.builder().bucket(bucket).key(zaaknummer + "/besluit.pdf").build(),
        RequestBody.fromBytes(besluitPdf));
  }
}
