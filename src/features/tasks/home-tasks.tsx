/** Home's tasks: placeholder until the tasks feature is built. */
export function HomeTasks() {
  return null;
}
