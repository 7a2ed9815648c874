"""Realistic demo data modelled on the MAGIA partnership (see generator.generate_demo)."""

from magia_desk.services.demo.generator import generate_demo

__all__ = ["generate_demo"]
