package com.acme.demo;

/** The demo system's shared Java library. */
public final class Greeting {
  private Greeting() {}

  public static String hello(String name) {
    return "Hello, " + name + "!";
  }
}
