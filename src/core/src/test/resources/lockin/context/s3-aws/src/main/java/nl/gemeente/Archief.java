package nl.gemeente;

import software.amazon.awssdk.services.s3.S3Client;

class Archief {
  final S3Client s3 = S3Client.builder().endpointOverride(java.net.URI.create(System.getenv("S3"))).build();
}
