import ThiduaCore
print("thidua")
