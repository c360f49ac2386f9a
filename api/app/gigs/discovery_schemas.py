"""Shapes of the discovery reads (DESIGN §14): the category tree and tag suggestions."""

from pydantic import BaseModel, Field


class CategoryOut(BaseModel):
    slug: str
    name: str
    description: str = Field(description="A sentence about the category, for its page")
    gig_count: int = Field(description="Gigs anyone can see; a top category counts its children's")
    children: list["CategoryOut"] = []


class TagOut(BaseModel):
    name: str
    gig_count: int
