predicted = [1 0 1 1 0 1];
actual    = [1 0 0 1 0 0];
accuracy = mean(predicted == actual)
tp = sum(predicted & actual)
fp = sum(predicted & !actual)
fn = sum(!predicted & actual)
