package nl.amsterdam.parkeren.opslag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import org.junit.jupiter.api.Test;

class BewijsstukOpslagTest {

  @Test
  void bewaartOnderDeAanvraag() {
    BlobContainerClient container = mock(BlobContainerClient.class);
    when(container.getBlobClient("A-1/kenteken.pdf")).thenReturn(mock(BlobClient.class));
    assertEquals("A-1/kenteken.pdf", new BewijsstukOpslag(container).bewaar("A-1", "kenteken.pdf", new byte[] {1}));
  }
}
