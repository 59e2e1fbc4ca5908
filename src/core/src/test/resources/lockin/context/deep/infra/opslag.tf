resource "azurerm_storage_account" "bestanden" {
  name = "afvalbestanden"
}
resource "azurerm_storage_container" "meldingen" {
  name = "meldingen"
}
