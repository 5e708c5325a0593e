"""receiving"""
