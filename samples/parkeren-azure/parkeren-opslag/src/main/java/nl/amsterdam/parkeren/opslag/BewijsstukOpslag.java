package nl.amsterdam.parkeren.opslag;

import com.azure.core.util.BinaryData;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

/** Bewaart bewijsstukken van aanvragen in Azure Blob Storage (container {@code bewijsstukken}). */
public class BewijsstukOpslag {

  private final BlobContainerClient container;

  public BewijsstukOpslag(String endpoint) {
    this.container = new BlobServiceClientBuilder()
        .endpoint(endpoint)
        .credential(new DefaultAzureCredentialBuilder().build())
        .buildClient()
        .getBlobContainerClient("bewijsstukken");
  }

  BewijsstukOpslag(BlobContainerClient container) {
    this.container = container;
  }

  public String bewaar(String aanvraagId, String bestandsnaam, byte[] inhoud) {
    String naam = aanvraagId + "/" + bestandsnaam;
    container.getBlobClient(naam).upload(BinaryData.fromBytes(inhoud), true);
    return naam;
  }

  public byte[] lees(String naam) {
    return container.getBlobClient(naam).downloadContent().toBytes();
  }
}
