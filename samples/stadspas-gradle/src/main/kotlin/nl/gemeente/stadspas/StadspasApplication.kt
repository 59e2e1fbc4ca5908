package nl.gemeente.stadspas

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PathVariable
import org.springframework.web.bind.annotation.RestController

/** Stadspas: kortingen voor inwoners met een laag inkomen. */
@SpringBootApplication
class StadspasApplication

data class Pas(val nummer: String, val geldig: Boolean)

@RestController
class PasController {
    @GetMapping("/passen/{nummer}")
    fun pas(@PathVariable nummer: String) = Pas(nummer, geldig = nummer.length == 10)
}

fun main(args: Array<String>) {
    runApplication<StadspasApplication>(*args)
}
