package nl.gemeente;

class Archief {
}
