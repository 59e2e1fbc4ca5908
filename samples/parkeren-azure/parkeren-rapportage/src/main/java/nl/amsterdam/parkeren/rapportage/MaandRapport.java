package nl.amsterdam.parkeren.rapportage;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;

/** Schreef het maandrapport als CSV naar Blob Storage; vervangen door het dataplatform. */
public class MaandRapport {

  public void schrijf(String csv) {
    BlobContainerClient container = new BlobContainerClientBuilder()
        .endpoint("https://parkeerdata.blob.core.windows.net")
        .containerName("rapporten")
        .buildClient();
    container.getBlobClient("maandrapport.csv").upload(com.azure.core.util.BinaryData.fromString(csv), true);
  }
}
