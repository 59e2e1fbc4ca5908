rootProject.name = "meldingen"
