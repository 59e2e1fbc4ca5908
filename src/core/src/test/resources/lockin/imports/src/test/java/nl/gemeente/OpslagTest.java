package nl.gemeente;

import com.azure.cosmos.CosmosClient;

class OpslagTest {
}
