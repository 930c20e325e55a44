package dev.planetl.cli; public class PlanetlMain { public static void main(String[] a){} }
