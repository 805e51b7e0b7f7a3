"""The hub's base layer: what every other package may use and that uses none of them."""
