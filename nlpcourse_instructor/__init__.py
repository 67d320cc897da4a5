"""Instructor-only material: the builders of the course models and the reference code they use.

Nothing here is bundled for students or visible to a grading kernel (see README, "Layout").
"""
