package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void foldsCaseAccentsApostrophesAndSpaces() {
        assertEquals("khanaqin", TextFold.fold("Khānaqīn"));
        assertEquals("tuz khurmatu", TextFold.fold("Ţūz  Khūrmātū"));
        assertEquals("kirkuk province", TextFold.fold("Kirkūk province"));
        assertEquals("daesh", TextFold.fold("Da’esh"));
        assertEquals("daesh", TextFold.fold("Da'esh"));
        assertEquals("qada makhmur", TextFold.fold("Qaḑā’ Makhmūr"));
        assertEquals("diyarbakir", TextFold.fold("Diyarbakır"));
        assertEquals("a b", TextFold.fold("A\n\tB"));
        assertEquals("", TextFold.fold(null));
    }

    @Test
    void arabicKeepsItsLettersAndDropsVowelMarks() {
        assertEquals("كركوك", TextFold.fold("كَرْكُوك"));
    }
}
