param locatie string = resourceGroup().location
resource opslag 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'afvalopslag'
}
// resource app 'Microsoft.Web/sites@2022-09-01' = {}
