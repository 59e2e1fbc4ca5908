package nl.gemeente;

import com.azure.storage.blob.BlobServiceClient;

class ArchiefIT {
  static final String AZURITE = "UseDevelopmentStorage=true";
}
