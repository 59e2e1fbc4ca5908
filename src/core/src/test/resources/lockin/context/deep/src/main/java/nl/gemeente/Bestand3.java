package nl.gemeente;

import com.azure.storage.blob.BlobContainerClient;

class Bestand3 {
}
