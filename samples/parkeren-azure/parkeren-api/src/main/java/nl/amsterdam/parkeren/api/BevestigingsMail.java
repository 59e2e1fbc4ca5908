package nl.amsterdam.parkeren.api;

import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Verstuurt de ontvangstbevestiging uit de gedeelde mailbox van Parkeren (Exchange Online). */
@Component
public class BevestigingsMail {

  private final GraphServiceClient graph;
  private final String afzender;

  public BevestigingsMail(
      @Value("${azure.tenant-id}") String tenantId,
      @Value("${azure.client-id}") String clientId,
      @Value("${azure.client-secret}") String secret,
      @Value("${parkeren.mail.afzender}") String afzender) {
    ClientSecretCredential credential = new ClientSecretCredentialBuilder()
        .tenantId(tenantId).clientId(clientId).clientSecret(secret).build();
    this.graph = new GraphServiceClient(credential, "https://graph.microsoft.com/.default");
    this.afzender = afzender;
  }

  public void stuur(String aan, String aanvraagId) {
    Message bericht = new Message();
    bericht.setSubject("Uw aanvraag parkeervergunning " + aanvraagId);
    ItemBody body = new ItemBody();
    body.setContentType(BodyType.Text);
    body.setContent("We hebben uw aanvraag ontvangen.");
    bericht.setBody(body);
    EmailAddress adres = new EmailAddress();
    adres.setAddress(aan);
    Recipient ontvanger = new Recipient();
    ontvanger.setEmailAddress(adres);
    bericht.setToRecipients(List.of(ontvanger));
    SendMailPostRequestBody verzoek = new SendMailPostRequestBody();
    verzoek.setMessage(bericht);
    graph.users().byUserId(afzender).sendMail().post(verzoek);
  }
}
